// WEFT0002: ref locals into CollectionsMarshal.AsSpan of the published list, written after the publish.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft.Slots;

namespace Corpus.Views.R8.RefLocalLoopAfterPublish;

public struct Quota
{
    public int Left;
}

public static class Quotas
{
    public static void Publish(Slot<List<Quota>> slot, List<Quota> quotas)
    {
        slot.Publish(quotas);
        var span = CollectionsMarshal.AsSpan(quotas);
        for (int i = 0; i < span.Length; i++)
        {
            ref var quota = ref span[i];
            quota.Left = 100; // expect: WEFT0002
        }
    }
}
