// Decision: the page lists "Task.Factory.StartNew on the default scheduler"; with this worker's dispatcher
// scheduler the delegate runs on this worker's loop, where Current is valid.
// Round 2. StartNew on the dispatcher's TaskScheduler.
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.Round2.StartNewScheduler;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxBody { get; init; }
}

public static class Uploads
{
    public static Task<bool> CheckAsync(long length) =>
        Task.Factory.StartNew(
            () => length <= Limits.Current.MaxBody,
            CancellationToken.None,
            TaskCreationOptions.None,
            Dispatcher.Current!.TaskScheduler);
}
