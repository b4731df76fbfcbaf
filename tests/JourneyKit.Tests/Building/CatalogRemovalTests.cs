using JourneyKit.Building;
using JourneyKit.Model.Shapes;

namespace JourneyKit.Tests.Building;

/// <summary>Removing a persona or catalog entry while editing removes every reference to it, as the shapes list them.</summary>
public class CatalogRemovalTests
{
    private static readonly ElementKind[] Removable = [ElementKind.Persona, ElementKind.Channel, ElementKind.Owner, ElementKind.Touchpoint];

    /// <summary>A map where one persona, channel, owner and touchpoint, each called "Shared", is referred to from everywhere it can be, by name and by id.</summary>
    private static JourneyMap UsedEverywhere() => JourneyMap.Create("Lunch")
        .Persona("Shared").Persona("Other")
        .Channel("Shared").Channel("Other")
        .Owner("Shared").Owner("Other")
        .Touchpoint("Shared", t => t.OnChannel("Shared")).Touchpoint("Other", t => t.OnChannel("other"))
        .Stage("Order", s => s
            .OwnedBy("Shared")
            .Step("Reads the menu", st => st
                .Via("Shared", "other").OwnedBy("shared")
                .Emotion(1, "calm", persona: "Shared").Emotion(-1, "unsure", persona: "other")
                .Opportunity("Larger font", o => o.OwnedBy("Shared")))
            .Step("Pays", st => st.Via("shared").Emotion(2, persona: "shared").OwnedBy("other")))
        .Build();

    public static TheoryData<ElementKind> RemovableKinds => [.. Removable];

    [Fact]
    public void UsedEverywhere_RefersToTheSharedEntriesFromEveryReferenceProperty()
    {
        var map = UsedEverywhere();
        var referring = References(map).Where(r => r.Id == "shared").Select(r => r.Site).ToHashSet();

        var expected = Enum.GetValues<ElementKind>()
            .SelectMany(kind => Enumerable.Range(0, Shapes.Of(kind).PropertyCount).Select(p => (kind, p)))
            .Where(site => Shapes.Of(site.kind).Target(site.p) is { } target && Removable.Contains(target))
            .Select(site => $"{site.kind}.{Shapes.Of(site.kind).PropertyName(site.p)}");
        referring.Should().BeEquivalentTo(expected, "the fixture must refer to a removable entry from every property that can; extend it for a new reference");
    }

    [Theory]
    [MemberData(nameof(RemovableKinds))]
    public void Remove_EntryUsedEverywhere_RemovesItAndEveryReferenceToIt(ElementKind kind)
    {
        var map = UsedEverywhere();

        var edited = Remove(map.ToBuilder(), kind, "Shared").Build();

        CatalogIds(edited, kind).Should().Equal("other");
        References(edited).Should().NotContain(r => r.Target == kind && r.Id == "shared");
        References(edited).Where(r => r.Target == kind).Should().BeEquivalentTo(References(map).Where(r => r.Target == kind && r.Id == "other"));
    }

    [Theory]
    [MemberData(nameof(RemovableKinds))]
    public void Remove_UnknownEntry_ThrowsNamingWhatTheMapHas(ElementKind kind)
    {
        var act = () => Remove(UsedEverywhere().ToBuilder(), kind, "Missing");

        act.Should().Throw<ArgumentException>().WithMessage("*'Missing'*'Shared'*");
    }

    [Fact]
    public void RemoveTouchpoint_ByDerivedIdWhileStepsUseItsName_IsNotRegisteredAgain()
    {
        var map = JourneyMap.Create("Lunch")
            .Touchpoint("Menu board").Touchpoint("Till")
            .Stage("Order", s => s.Step("Reads the menu", st => st.Via("Menu board", "Till")))
            .RemoveTouchpoint("menu-board")
            .Build();

        map.Touchpoints.Select(t => t.Id).Should().Equal("till");
        map.FindStep("reads-the-menu")!.TouchpointIds.Should().Equal("till");
    }

    private static JourneyMapBuilder Remove(JourneyMapBuilder map, ElementKind kind, string reference) => kind switch
    {
        ElementKind.Persona => map.RemovePersona(reference),
        ElementKind.Channel => map.RemoveChannel(reference),
        ElementKind.Owner => map.RemoveOwner(reference),
        _ => map.RemoveTouchpoint(reference),
    };

    private static IEnumerable<string> CatalogIds(JourneyMap map, ElementKind kind) => kind switch
    {
        ElementKind.Persona => map.Personas.Select(p => p.Id),
        ElementKind.Channel => map.Channels.Select(c => c.Id),
        ElementKind.Owner => map.Owners.Select(o => o.Id),
        _ => map.Touchpoints.Select(t => t.Id),
    };

    /// <summary>Every reference in the map, read through the shapes: where it sits, what kind it targets, and the id.</summary>
    private static List<(string Site, ElementKind Target, string Id)> References(JourneyMap map)
    {
        var found = new List<(string, ElementKind, string)>();
        void Walk(ElementShape shape, object element)
        {
            for (var p = 0; p < shape.PropertyCount; p++)
            {
                if (shape.Target(p) is { } target)
                {
                    var ids = new List<string>();
                    shape.CollectReferences(element, p, ids);
                    found.AddRange(ids.Select(id => ($"{shape.Kind}.{shape.PropertyName(p)}", target, id)));
                }
            }

            for (var slot = 0; slot < shape.ChildKinds.Length; slot++)
            {
                foreach (var child in shape.ChildrenOf(element, slot))
                {
                    Walk(Shapes.Of(shape.ChildKinds[slot]), child);
                }
            }
        }

        Walk(Shapes.Map, map);
        return found;
    }
}
