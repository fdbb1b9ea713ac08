// Quiet twin of ResponseCompressor: the pool lambda compresses into a [ThreadStatic] scratch buffer of the pool
// thread it runs on (made on first use there), never into the worker's own buffer.
using System;
using System.Buffers;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R14.ResponseCompressorQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCompressor
{
    private const int InlineLimit = 16 * 1024;
    [ThreadStatic]
    private static byte[]? t_scratch;

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
        return new ValueTask<byte[]>(Task.Run(() => Compress(copy, level, t_scratch ??= new byte[64 * 1024])));
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
