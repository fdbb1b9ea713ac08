// Round 15, WEFT0002 quiet twin: the iterator starts a new buffer after each yield instead of clearing the one it
// handed out.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.IteratorReusesBufferQuiet;

public sealed class LogShipper(Slot<List<string>> recent)
{
    public async Task ShipAsync(IAsyncEnumerable<string> lines, CancellationToken ct)
    {
        await foreach (var batch in Batches(lines, 32, ct))
        {
            recent.Publish(batch);
        }
    }

    private static async IAsyncEnumerable<List<string>> Batches(
        IAsyncEnumerable<string> lines, int size, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new List<string>(size);
        await foreach (var line in lines.WithCancellation(ct))
        {
            buffer.Add(line);
            if (buffer.Count == size)
            {
                yield return buffer;
                buffer = new List<string>(size);
            }
        }
    }
}
