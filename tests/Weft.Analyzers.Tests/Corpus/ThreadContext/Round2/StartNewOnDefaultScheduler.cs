// Round 2. Task.Factory.StartNew with TaskScheduler.Default runs on the thread pool, where Current has no value.
using System.Threading;
using System.Threading.Tasks;
using Weft;

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
            () => length <= Limits.Current.MaxBody, // expect: WEFT0005
            CancellationToken.None,
            TaskCreationOptions.None,
            TaskScheduler.Default);
}
