// Quiet twin of ReadAfterAwaitForeach: the thresholds are read before the loop.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ReadAfterAwaitForeach;

[ThreadLocalSlot]
public sealed partial class Thresholds
{
    public int MaxErrors { get; init; } = 10;
    public ImmutableArray<string> Ignore { get; init; } = ImmutableArray<string>.Empty;
}

public sealed class ErrorScan
{
    public async Task<bool> TooManyAsync(IAsyncEnumerable<string> errors)
    {
        var max = Thresholds.Current.MaxErrors;
        var count = 0;
        await foreach (var error in errors.ConfigureAwait(false))
        {
            if (error.Length > 0) count++;
        }

        return count > max;
    }
}
