// Twin: the refill runs before the publish.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.R8.ForeachRefAfterPublishQuiet;

public struct Quota
{
    public int Left;
}

public static class Quotas
{
    public static void Publish(Slot<List<Quota>> slot, List<Quota> quotas)
    {
        foreach (ref var quota in CollectionsMarshal.AsSpan(quotas))
        {
            quota.Left = 100;
        }

        slot.Publish(quotas);
    }
}
