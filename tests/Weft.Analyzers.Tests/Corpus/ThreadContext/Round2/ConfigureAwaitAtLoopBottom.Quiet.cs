// Round 2. The same loop with a plain await at the bottom: every pass runs on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.LoopBottom;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Samples
{
    public List<long> Values { get; } = new();
}

public static class Sampler
{
    public static async Task SampleAsync(IAsyncEnumerable<long> readings, int count)
    {
        var samples = Samples.Current;
        await using var e = readings.GetAsyncEnumerator();
        for (int i = 0; i < count; i++)
        {
            samples.Values.Add(i);
            if (!await e.MoveNextAsync())
            {
                break;
            }
        }
    }
}
