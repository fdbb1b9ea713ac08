// await foreach with ConfigureAwait(false): every loop body after the first item runs off the worker.
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
        await foreach (string line in lines.ConfigureAwait(false))
        {
            if (line.Length >= Filters.Current.MinLength) // expect: WEFT0005
            {
                kept++;
            }
        }

        return kept;
    }
}
