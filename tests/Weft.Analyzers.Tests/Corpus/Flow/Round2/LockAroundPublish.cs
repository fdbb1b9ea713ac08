// Round 2. The publish happens under a lock; the lock does not make the later write safe for the workers, which
// read without it.
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
            slot.Publish(services);
        }

        lock (_gate)
        {
            services.Add(late); // expect: WEFT0002
        }
    }
}
