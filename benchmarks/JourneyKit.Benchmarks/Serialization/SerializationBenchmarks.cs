using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JourneyKit.Serialization.Json;
using Newtonsoft.Json.Serialization;

namespace JourneyKit.Benchmarks.Serialization;

/// <summary>
/// Writing and reading the same map, compact: JourneyKit's JSON format against System.Text.Json's source-generated
/// serializer over a plain DTO graph of the same shape (the baseline: the practical limit), and Newtonsoft.Json over
/// the same DTOs. Each writes to a reused memory stream and reads its own bytes back from memory.
/// </summary>
#pragma warning disable CA1001 // BenchmarkDotNet runs each benchmark class in its own process, which ends with the benchmark.
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private readonly JourneyMapJson _journeyKit = new() { Options = new JourneyMapJsonOptions { Indented = false } };
    private readonly Newtonsoft.Json.JsonSerializer _newtonsoft = Newtonsoft.Json.JsonSerializer.Create(new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
    });

    private readonly MemoryStream _output = new();
    private JourneyMap _map = null!;
    private MapDto _dto = null!;
    private byte[] _journeyKitJson = null!;
    private byte[] _systemTextJson = null!;
    private byte[] _newtonsoftJson = null!;

    [Params(1_000, 100_000)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _map = FluentConstruction.Build(new MapShape(Steps));
        _dto = MapDtos.From(_map);
        _journeyKitJson = _journeyKit.SerializeToUtf8Bytes(_map);
        _systemTextJson = JsonSerializer.SerializeToUtf8Bytes(_dto, DtoJsonContext.Default.MapDto);
        NewtonsoftSerialize();
        _newtonsoftJson = _output.ToArray();
        // Newtonsoft writes the decimal 50 as "50.0", two bytes more per metric; otherwise the documents are the same.
        if (_journeyKit.Deserialize(_journeyKitJson) != _map || _journeyKitJson.Length != _systemTextJson.Length || Math.Abs(_newtonsoftJson.Length - _systemTextJson.Length) > _systemTextJson.Length / 1000)
        {
            throw new InvalidOperationException($"All three must write the same document: JourneyKit {_journeyKitJson.Length:N0} bytes, System.Text.Json {_systemTextJson.Length:N0}, Newtonsoft {_newtonsoftJson.Length:N0}.");
        }
    }

    [BenchmarkCategory("Serialize")]
    [Benchmark(Baseline = true)]
    public long SystemTextJsonSerialize()
    {
        _output.SetLength(0);
        JsonSerializer.Serialize(_output, _dto, DtoJsonContext.Default.MapDto);
        return _output.Length;
    }

    [BenchmarkCategory("Serialize")]
    [Benchmark]
    public long JourneyKitSerialize()
    {
        _output.SetLength(0);
        _journeyKit.Serialize(_map, _output);
        return _output.Length;
    }

    [BenchmarkCategory("Serialize")]
    [Benchmark]
    public long NewtonsoftSerialize()
    {
        _output.SetLength(0);
        using (var writer = new StreamWriter(_output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true))
        {
            _newtonsoft.Serialize(writer, _dto);
        }

        return _output.Length;
    }

    [BenchmarkCategory("Deserialize")]
    [Benchmark(Baseline = true)]
    public MapDto? SystemTextJsonDeserialize() => JsonSerializer.Deserialize(_systemTextJson, DtoJsonContext.Default.MapDto);

    [BenchmarkCategory("Deserialize")]
    [Benchmark]
    public JourneyMap JourneyKitDeserialize() => _journeyKit.Deserialize(_journeyKitJson);

    [BenchmarkCategory("Deserialize")]
    [Benchmark]
    public MapDto? NewtonsoftDeserialize()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_newtonsoftJson), Encoding.UTF8));
        return _newtonsoft.Deserialize<MapDto>(reader);
    }
}
#pragma warning restore CA1001
