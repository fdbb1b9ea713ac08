// Round 2. Both writes and the publish happen under the lock, writes first.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Round2.LockPublish;

public sealed class Registry(Slot<List<string>> slot)
{
    private readonly object _gate = new();

    public void Register(List<string> services, string late)
    {
        lock (_gate)
        {
            services.Add(late);
        }

        lock (_gate)
        {
            slot.Publish(services);
        }
    }
}
