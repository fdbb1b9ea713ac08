// The atomics idiom done wrong: the same shared statics written with plain operators and plain collections.
using System.Collections.Generic;
using Weft;

namespace Corpus.Idioms.Atomics;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestLog
{
    private static long s_requests;
    private static string? s_firstPath;
    private static readonly Dictionary<string, int> s_byPath = new();
    private static readonly List<string> s_slow = new();
    private int _local;

    [WorkerUpdate]
    private void Record(string path)
    {
        _local++;
        s_requests++; // expect: WEFT0006
        s_firstPath ??= path; // expect: WEFT0006
        s_byPath[path] = s_byPath.GetValueOrDefault(path) + 1; // expect: WEFT0006
        if (path.Length > 100)
        {
            s_slow.Add(path); // expect: WEFT0006
        }
    }
}
