// WEFT0002: `foreach (ref var …)` over CollectionsMarshal.AsSpan of the published list, after the publish.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.R8.ForeachRefAfterPublish;

public struct Quota
{
    public int Left;
}

public static class Quotas
{
    public static void Publish(Slot<List<Quota>> slot, List<Quota> quotas)
    {
        slot.Publish(quotas);
        foreach (ref var quota in CollectionsMarshal.AsSpan(quotas))
        {
            quota.Left = 100; // expect: WEFT0002
        }
    }
}
