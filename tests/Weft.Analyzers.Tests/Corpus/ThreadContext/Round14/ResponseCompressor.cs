// A per-worker response compressor (per-worker slot type): large bodies are compressed on the thread pool so the
// worker's loop is not blocked. The compressor hands its own 64 KiB scratch buffer to the pool lambda: the buffer is
// the worker's state (a field of the per-worker instance), and two large responses in a row compress into it at once
// on two pool threads (WEFT0004; the page does not say whether the capture is reported where the lambda is handed
// over or at its use inside, and both are on one line here). The quiet twin gives each pool thread its own
// [ThreadStatic] scratch buffer, which the pages say is never shared state.
using System;
using System.Buffers;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.ResponseCompressorDefect;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCompressor
{
    private const int InlineLimit = 16 * 1024;
    private readonly byte[] _scratch = new byte[64 * 1024];
    private long _inline;
    private long _offloaded;

    public (long Inline, long Offloaded) Counts => (_inline, _offloaded);

    public ValueTask<byte[]> CompressAsync(ReadOnlyMemory<byte> body, CompressionLevel level)
    {
        if (body.Length <= InlineLimit)
        {
            _inline++;
            return ValueTask.FromResult(Compress(body.Span, level, _scratch));
        }

        _offloaded++;
        byte[] copy = body.ToArray();
        return new ValueTask<byte[]>(Task.Run(() => Compress(copy, level, _scratch))); // expect: WEFT0004
    }

    private static byte[] Compress(ReadOnlySpan<byte> body, CompressionLevel level, byte[] scratch)
    {
        using var output = new MemoryStream(body.Length / 2 + 64);
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            int offset = 0;
            while (offset < body.Length)
            {
                int n = Math.Min(scratch.Length, body.Length - offset);
                body.Slice(offset, n).CopyTo(scratch);
                gzip.Write(scratch, 0, n);
                offset += n;
            }
        }

        return output.ToArray();
    }
}
