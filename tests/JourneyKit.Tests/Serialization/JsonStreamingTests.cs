using System.Globalization;
using JourneyKit.Serialization;
using JourneyKit.Serialization.Json;
using JourneyKit.Tests.Support;

namespace JourneyKit.Tests.Serialization;

/// <summary>Streams in both directions, sync and async, with cancellation, for maps of any size.</summary>
public class JsonStreamingTests
{
    private static readonly JourneyMapJson Json = JourneyMapJson.Default;

    /// <summary>
    /// Steps in the large maps: 100,000 (over 20 MB of JSON) unless JOURNEYKIT_LARGE_STEPS says otherwise, which the
    /// mutation script does so that a mutant is not held up seconds by one document. The bounds scale with the size.
    /// </summary>
    private static readonly int LargeSteps =
        int.TryParse(Environment.GetEnvironmentVariable("JOURNEYKIT_LARGE_STEPS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 100_000;

    [Fact]
    public void Write_ToAStream_WritesTheSameBytesAsSerialize()
    {
        using var stream = new MemoryStream();

        Json.Serialize(SampleMaps.Complete(), stream);

        stream.ToArray().Should().Equal(Json.SerializeToUtf8Bytes(SampleMaps.Complete()));
    }

    [Fact]
    public async Task WriteAsync_ToAStream_WritesTheSameBytesAsSerialize()
    {
        using var stream = new MemoryStream();

        await Json.SerializeAsync(SampleMaps.Complete(), stream);

        stream.ToArray().Should().Equal(Json.SerializeToUtf8Bytes(SampleMaps.Complete()));
    }

    [Fact]
    public async Task ReadAsync_FromAStream_ReturnsTheMap()
    {
        using var stream = new MemoryStream(Json.SerializeToUtf8Bytes(SampleMaps.Complete()));

        var map = await Json.DeserializeAsync(stream);

        map.Should().Be(SampleMaps.Complete());
    }

    [Fact]
    public void Read_StreamWithTextAfterTheMap_Fails()
    {
        using var stream = new MemoryStream([.. Json.SerializeToUtf8Bytes(SampleMaps.Complete()), .. "{}"u8]);

        var act = () => Json.Deserialize(stream);

        act.Should().Throw<JourneyFormatException>().WithMessage("*invalid after a single JSON value*");
    }

    [Fact]
    public async Task ReadAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream(Json.SerializeToUtf8Bytes(SampleMaps.Complete()));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await Json.DeserializeAsync(stream, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WriteAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = async () => await Json.SerializeAsync(LargeMaps.Build(2_000), stream, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void Write_HundredThousandSteps_FlushesInSmallChunks()
    {
        var map = LargeMaps.Build(LargeSteps);
        using var stream = new RecordingStream();

        Json.Serialize(map, stream);

        stream.Length.Should().BeGreaterThan(LargeSteps * 200L);
        stream.LargestWrite.Should().BeLessThan((int)(stream.Length / 20), "the writer flushes as it goes instead of building the whole text");
    }

    [Fact]
    public async Task WriteAsync_HundredThousandSteps_FlushesInSmallChunks()
    {
        var map = LargeMaps.Build(LargeSteps);
        using var stream = new RecordingStream();

        await Json.SerializeAsync(map, stream);

        stream.LargestWrite.Should().BeLessThan((int)(stream.Length / 20));
    }

    [Fact]
    public void Read_HundredThousandSteps_AllocatesNoMoreThanFromMemory()
    {
        var map = LargeMaps.Build(LargeSteps);
        var bytes = Json.SerializeToUtf8Bytes(map);

        Json.Deserialize(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var fromMemory = Json.Deserialize(bytes);
        var memoryCost = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var fromStream = Json.Deserialize(new TrickleStream(bytes, 16 * 1024));
        var streamCost = GC.GetAllocatedBytesForCurrentThread() - before;

        fromStream.Should().Be(map).And.Be(fromMemory);
        bytes.Length.Should().BeGreaterThan(LargeSteps * 200);
        (streamCost - memoryCost).Should().BeLessThan(bytes.Length / 10, "the reader holds a window of the stream, not the whole document");
    }

    /// <summary>A write-only stream that keeps only the size of what it was given.</summary>
    private sealed class RecordingStream : Stream
    {
        private long _length;

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
