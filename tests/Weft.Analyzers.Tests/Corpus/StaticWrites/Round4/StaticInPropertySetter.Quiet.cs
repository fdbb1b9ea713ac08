// Quiet twin of StaticInPropertySetter: the setter counts in instance state; the static count uses Interlocked.
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using Weft;

namespace Corpus.Round4.StaticInPropertySetter;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionLimits
{
    static int s_changes;
    readonly Dictionary<int, int> _byLimit = new();
    readonly HashSet<int> _allLimits = new();
    int _max = 100;

    public int Max
    {
        get => _max;
        set
        {
            Interlocked.Increment(ref s_changes);
            CollectionsMarshal.GetValueRefOrAddDefault(_byLimit, value, out _)++;
            _allLimits.UnionWith([value, _max]);
            _max = value;
        }
    }
}
