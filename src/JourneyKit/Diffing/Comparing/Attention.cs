using JourneyKit.Model.Shapes;

namespace JourneyKit.Diffing.Comparing;

/// <summary>What a comparison looks at, worked out once from <see cref="DiffOptions"/> as tables by kind and property.</summary>
internal sealed class Attention
{
    private static readonly Attention Default = new(DiffOptions.Default);

    private Attention(DiffOptions options)
    {
        var kinds = Enum.GetValues<ElementKind>().Length;
        Text = new TextRule(options.IgnoreCase, options.IgnoreWhitespace);
        IgnoredKinds = new bool[kinds];
        foreach (var kind in options.IgnoredKinds)
        {
            IgnoredKinds[(int)kind] = true;
        }

        IgnoredProperties = new bool[kinds][];
        ExactKinds = new bool[kinds];
        for (var k = 0; k < kinds; k++)
        {
            var shape = Shapes.Of((ElementKind)k);
            IgnoredProperties[k] = new bool[shape.PropertyCount];
            for (var p = 0; p < shape.PropertyCount; p++)
            {
                var name = shape.PropertyName(p);
                IgnoredProperties[k][p] = options.IgnoredProperties.Contains(name)
                    || options.IgnoredProperties.Contains(ElementKinds.Word(shape.Kind) + "." + name)
                    || (options.IgnoreRevision && shape.Kind == ElementKind.Map && name is "revision" or "lastReviewedOn");
            }

            ExactKinds[k] = Text == TextRule.Exact && !IgnoredProperties[k].Contains(true);
        }

        PlainSteps = Shapes.Of(ElementKind.Step).ChildKinds.All(kind => ExactKinds[(int)kind] && !IgnoredKinds[(int)kind]);
    }

    /// <summary>Gets whether everything a step holds is compared exactly, so equal children can be recognised in one check.</summary>
    public bool PlainSteps { get; }

    public TextRule Text { get; }

    public bool[] IgnoredKinds { get; }

    /// <summary>Gets, by kind and then property index, whether the property is ignored.</summary>
    public bool[][] IgnoredProperties { get; }

    /// <summary>Gets, by kind, whether every property is compared exactly, so one equality check can stand for all.</summary>
    public bool[] ExactKinds { get; }

    public static Attention For(DiffOptions options) => options == DiffOptions.Default ? Default : new Attention(options);
}
