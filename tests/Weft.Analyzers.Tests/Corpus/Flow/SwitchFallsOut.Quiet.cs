// Every case that publishes returns; the edit after the switch is reached only from the case that did not publish.
using System.Collections.Generic;
using Weft.Slots;

namespace Corpus.Flow.Switch;

public enum ReloadKind { Full, Partial, None }

public static class Reloader
{
    public static void Reload(Slot<Dictionary<string, int>> slot, ReloadKind kind, Dictionary<string, int> ports)
    {
        switch (kind)
        {
            case ReloadKind.Full:
                slot.Publish(ports);
                return;
            case ReloadKind.Partial:
                ports.Remove("admin");
                break;
            default:
                return;
        }

        ports["health"] = 9901;
    }
}
