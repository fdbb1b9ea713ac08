// Quiet twin: the continuation is scheduled on the calling worker's own TaskScheduler.
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.R11.ContinueWithStaticStateQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Follow
{
    public static Task<int> After(Task task, string prefix) =>
        task.ContinueWith(
            static (_, state) => Routes.Current.Hosts.Length + ((string)state!).Length,
            prefix,
            CancellationToken.None,
            TaskContinuationOptions.None,
            Dispatcher.Current!.TaskScheduler);
}
