// A System.Threading.Lock scope after a plain await: the code resumes on the loop, where Current has its value.
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.EnterScopeAfterConfigureAwaitQuiet;

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
        await Task.Delay(5);
        using (_gate.EnterScope())
        {
            return Routes.Current.Prefixes.Length;
        }
    }
}
