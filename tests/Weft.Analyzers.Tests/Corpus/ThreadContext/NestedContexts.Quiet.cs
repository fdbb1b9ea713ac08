// The reverse nesting: background work that posts back to a worker, which reads its own Current there.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.Nested;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Dictionary<string, long> LastSeen { get; } = new();
}

public static class Janitor
{
    public static Task ScheduleAsync(Dispatcher worker)
    {
        return Task.Run(async () =>
        {
            await Task.Delay(1000);
            worker.Post(() => Sessions.Current.LastSeen.Clear());
        });
    }
}
