// WEFT0005: Current is read *after* an `await foreach` over a ConfigureAwait(false) source: the last MoveNextAsync
// (and the enumerator's DisposeAsync) resumed off the loop (WEFT0005 page: "the await foreach … forms over a
// .ConfigureAwait(false) source").
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
        var count = 0;
        await foreach (var error in errors.ConfigureAwait(false))
        {
            if (error.Length > 0) count++;
        }

        return count > Thresholds.Current.MaxErrors; // expect: WEFT0005
    }
}
