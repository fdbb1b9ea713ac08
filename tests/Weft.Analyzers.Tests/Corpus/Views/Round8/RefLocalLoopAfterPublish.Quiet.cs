// Twin: the refill runs before the publish.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.R8.RefLocalLoopAfterPublishQuiet;

public struct Quota
{
    public int Left;
}

public static class Quotas
{
    public static void Publish(Slot<List<Quota>> slot, List<Quota> quotas)
    {
        var span = CollectionsMarshal.AsSpan(quotas);
        for (int i = 0; i < span.Length; i++)
        {
            ref var quota = ref span[i];
            quota.Left = 100;
        }

        slot.Publish(quotas);
    }
}
