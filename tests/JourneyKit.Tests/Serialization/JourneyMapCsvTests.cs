using JourneyKit.Samples.Maps;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Csv;

namespace JourneyKit.Tests.Serialization;

public class JourneyMapCsvTests
{
    /// <summary>Reads RFC 4180 text back into rows of fields, so the tests check what a spreadsheet would see.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                c.Should().NotBe('\n', "a bare line feed outside quotes breaks RFC 4180 rows");
                field.Append(c);
            }
        }

        row.Should().BeEmpty("the last row ends with CRLF");
        return rows;
    }

    [Fact]
    public void Serialize_SampleMap_WritesAHeaderAndOneRowPerStep()
    {
        var map = OnlineShoePurchase.Build();

        var rows = Parse(JourneyMapCsv.Default.Serialize(map));

        rows[0].Should().Equal("Stage", "Step", "Step id", "Emotion", "Feeling", "Emotions by persona", "Touchpoints", "Pain points", "Opportunities", "Owner", "Metrics", "Milestone", "Evidence", "Properties");
        rows.Should().HaveCount(1 + map.Steps.Count);
        rows.Skip(1).Should().OnlyContain(r => r.Count == 14);
        var checkout = rows.Single(r => r[2] == "checks-out");
        checkout.Should().Equal(
            "Purchase", "Checks out", "checks-out", "-1", "anxious about delivery costs", "", "Checkout (Web)",
            "Delivery cost shown only at the last step (critical)", "Show delivery cost on the product page (impact high, effort low, idea)",
            "Web team", "", "yes", "Three of five testers stopped when the delivery cost appeared", "");
    }

    [Fact]
    public void Serialize_StepWithCustomProperties_WritesThemAsOneJsonObjectInTheLastColumn()
    {
        var map = JourneyMap.Create("Lunch")
            .Stage("Pay", s => s.Step("Pays", st => st.Property("crm-id", "C-1").Property("a=b; c", "x=\"y\"; é")))
            .Build();

        var rows = Parse(JourneyMapCsv.Default.Serialize(map));

        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(rows[1][^1]).Should().Equal(new Dictionary<string, string>
        {
            ["a=b; c"] = "x=\"y\"; é",
            ["crm-id"] = "C-1",
        });
        rows[1][^1].Should().Contain("é", "the cell is for people to read too");
    }

    [Theory]
    [InlineData("0", "-0.000")]
    [InlineData("2.5", "2.50")]
    [InlineData("70", "70.0")]
    public void Serialize_EqualMetricValuesWrittenDifferently_GiveTheSameBytes(string one, string other)
    {
        static JourneyMap WithTarget(decimal target) =>
            JourneyMap.Create("Lunch").Stage("Pay", s => s.Step("Pays", st => st.Metric("Wait", m => m.Target(target).Actual(target)))).Build();
        var (a, b) = (WithTarget(decimal.Parse(one, System.Globalization.CultureInfo.InvariantCulture)), WithTarget(decimal.Parse(other, System.Globalization.CultureInfo.InvariantCulture)));

        a.Should().Be(b);
        JourneyMapCsv.Default.Serialize(b).Should().Be(JourneyMapCsv.Default.Serialize(a));
        JourneyKit.Serialization.Json.JourneyMapJson.Default.Serialize(b).Should().Be(JourneyKit.Serialization.Json.JourneyMapJson.Default.Serialize(a));
        b.Steps.Single().Metrics.Single().Target!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(one, "the model keeps one form of each value");
    }

    [Fact]
    public void Serialize_StepMetrics_ShowActualAndTarget()
    {
        var map = JourneyMap.Create("Metrics").Stage("Pay", s => s.Step("Pays", st => st.Metric("Time to pay", m => m.Unit("s").Target(30).Actual(45)))).Build();

        var rows = Parse(JourneyMapCsv.Default.Serialize(map));

        rows[1][10].Should().Be("Time to pay: 45 s, target 30 s");
    }

    [Theory]
    [InlineData("=SUM(A1:A9)")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@cmd")]
    [InlineData("\tTabbed")]
    public void Serialize_TextThatLooksLikeAFormula_IsNeutralised(string name)
    {
        var map = JourneyMap.Create("Formulas").Stage("Pay", s => s.Step(name, st => st.Id("step").Emotion(-2))).Build();

        var row = Parse(JourneyMapCsv.Default.Serialize(map))[1];

        row[1].Should().Be("'" + name);
        row[3].Should().Be("-2", "a score is a number the writer formats, not text a user wrote");
    }

    [Fact]
    public void Serialize_CommasQuotesAndLineBreaks_AreQuotedAndReadBackAsWritten()
    {
        const string name = "Says \"hi\", then\nleaves";
        var map = JourneyMap.Create("Quotes").Stage("Pay, then go", s => s.Step(name, st => st.Id("step"))).Build();

        var row = Parse(JourneyMapCsv.Default.Serialize(map))[1];

        row[0].Should().Be("Pay, then go");
        row[1].Should().Be(name);
    }

    [Fact]
    public void Write_SameMapTwice_GivesTheSameBytesWithoutAByteOrderMark()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        JourneyMapCsv.Default.Serialize(CanteenLunch.Build(), first);
        JourneyMapCsv.Default.Serialize(CanteenLunch.Build(), second);

        first.ToArray().Should().Equal(second.ToArray());
        first.ToArray().Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }

    [Fact]
    public void DefaultFormats_CsvExtension_FindsTheCsvWriter()
    {
        var format = JourneyMapFormats.Default.FindByExtension("journey.csv");

        format!.Writer.Should().BeSameAs(JourneyMapCsv.Default);
        format.Reader.Should().BeNull();
        JourneyMapFormats.Default.FindByMediaType("text/csv").Should().BeSameAs(format);
    }
}
