// WEFT0003: snapshot data reaches the write through closures: a lambda and a local function that capture a local
// holding Current's list
// (the local function is reported at its write: its body is what changes the list), and a Func<List<T>> (lambda and method group) whose result is written by the caller.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.CapturedSnapshotInClosures;

[ThreadLocalSlot]
public sealed partial class Queue
{
    public List<int> Pending { get; init; } = new(); // expect: WEFT0001
}

public static class Worker
{
    static List<int> PendingOf() => Queue.Current.Pending;

    public static void Drain()
    {
        var pending = Queue.Current.Pending;
        Action clear = () => pending.Clear(); clear(); // expect: WEFT0003
        Push(1);
        void Push(int v) => pending.Add(v); // expect: WEFT0003
        Func<List<int>> get = () => Queue.Current.Pending;
        get().Add(2); // expect: WEFT0003
        Func<List<int>> group = PendingOf;
        group().RemoveAt(0); // expect: WEFT0003
    }
}
