using JourneyKit;
using JourneyKit.Samples;
using JourneyKit.Samples.Maps;

Console.OutputEncoding = System.Text.Encoding.UTF8;

JourneyMap[] maps = [CanteenLunch.Build(), OnlineShoePurchase.Build(), B2BSoftwarePurchase.Build()];
foreach (var map in maps)
{
    Console.WriteLine(MapSummary.Describe(map));
}

// A map built twice from the same code is equal, and so is one rebuilt from its own builder.
var again = CanteenLunch.Build();
Console.WriteLine($"Rebuilt maps are equal: {again == maps[0] && again.ToBuilder().Build() == maps[0]}");

// Structural mistakes are reported together, each with its path.
try
{
    JourneyMap.Create("Broken map")
        .Stage("Pay", s => s.Step("Pays", st => st.Emotion(5)))
        .Loop("Pays", "Looks at the menu")
        .Build();
}
catch (JourneyKit.Building.JourneyMapBuildException ex)
{
    Console.WriteLine(ex.Message);
}
