// WEFT0006: the property setter of a per-worker slot type (a member of the type: worker code) counts changes in a
// static field, and a static dictionary is bumped through CollectionsMarshal's ref and UnionWith'd.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Weft;

namespace Corpus.Round4.StaticInPropertySetter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionLimits
{
    static int s_changes;
    static readonly Dictionary<int, int> s_byLimit = new();
    static readonly HashSet<int> s_allLimits = new();
    int _max = 100;

    public int Max
    {
        get => _max;
        set
        {
            s_changes++; // expect: WEFT0006
            CollectionsMarshal.GetValueRefOrAddDefault(s_byLimit, value, out _)++; // expect: WEFT0006
            s_allLimits.UnionWith([value, _max]); // expect: WEFT0006
            _max = value;
        }
    }
}
