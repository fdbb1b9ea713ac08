// ContinueWith with a `static` lambda and a state object, on the default scheduler: the continuation runs on the pool
// and reads Current there.
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ContinueWithStaticState;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Follow
{
    public static Task<int> After(Task task, string prefix) =>
        task.ContinueWith(static (_, state) => Routes.Current.Hosts.Length + ((string)state!).Length, prefix); // expect: WEFT0005
}
