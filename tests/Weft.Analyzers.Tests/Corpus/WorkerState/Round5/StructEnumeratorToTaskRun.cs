// WEFT0004: a Dictionary enumerator is a struct holding the dictionary (the page: a struct that can hold an object
// carries it); captured by a Task.Run lambda it walks the worker's dictionary on a pool thread.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StructEnumeratorToTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Dump
{
    public static Task Print()
    {
        Dictionary<string, int>.Enumerator entries = HostCache.Current.ByHost.GetEnumerator();
        return Task.Run(() => // expect: WEFT0004 #escape
        {
            while (entries.MoveNext()) // expect: WEFT0004 #escape
            {
                Console.WriteLine(entries.Current.Key);
            }
        });
    }
}
