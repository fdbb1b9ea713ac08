// A System.Threading.Lock scope does not bring the code back to the loop: after ConfigureAwait(false) the Current
// read inside the scope may run on the pool.
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.EnterScopeAfterConfigureAwait;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Prefixes { get; init; } = [];
}

public sealed class Resolver
{
    private readonly Lock _gate = new();

    public async Task<int> Resolve()
    {
        await Task.Yield();
        await Task.Delay(5).ConfigureAwait(false);
        using (_gate.EnterScope())
        {
            return Routes.Current.Prefixes.Length; // expect: WEFT0005
        }
    }
}
