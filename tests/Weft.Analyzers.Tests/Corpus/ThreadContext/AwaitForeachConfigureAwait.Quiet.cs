// A plain await foreach on a worker: the body stays on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.AwaitForeach;

[ThreadLocalSlot]
public sealed partial class Filters
{
    public int MinLength { get; init; }
}

public static class Stream
{
    public static async Task<int> CountAsync(IAsyncEnumerable<string> lines)
    {
        int kept = 0;
        await foreach (string line in lines)
        {
            if (line.Length >= Filters.Current.MinLength)
            {
                kept++;
            }
        }

        return kept;
    }
}
