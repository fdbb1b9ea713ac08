// Round 3. The helper's result is written before the set is published.
using System.Collections.Generic;
using Weft.Slots;
using Weft;

namespace Corpus.PublishedWrites.Round3.GenericIdentityAlias;

public static class Util
{
    public static T Checked<T>(T value)
        where T : class => value ?? throw new System.ArgumentNullException(nameof(value));
}

public static class Ports
{
    public static void Open(WorkerPool pool, HashSet<int> ports)
    {
        var slot = pool.AllocateSlot<HashSet<int>>();
        var same = Util.Checked(ports);
        same.Add(8443);
        slot.Publish(ports);
    }
}
