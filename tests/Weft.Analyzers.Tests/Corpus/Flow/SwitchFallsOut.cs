// One case publishes and breaks out of the switch; the code after the switch then edits the published map.
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
                break;
            case ReloadKind.Partial:
                ports.Remove("admin");
                break;
            default:
                return;
        }

        ports["health"] = 9901; // expect: WEFT0002
    }
}
