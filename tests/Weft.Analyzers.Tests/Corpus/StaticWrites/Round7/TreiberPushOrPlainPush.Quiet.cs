// WEFT0006: pushing onto a static lock-free stack from worker code. A compare-exchange loop (Volatile.Read, then
// CompareExchange until the head did not move): quiet.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.TreiberPushOrPlainPushQuiet;

public sealed class Node(string value, Node? next)
{
    public string Value { get; } = value;
    public Node? Next { get; } = next;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Recent
{
    private static Node? s_head;
    public static Node? Head => Volatile.Read(ref s_head);
    public int Pushed;

    [WorkerUpdate]
    void Push(string value)
    {
        Node? seen;
        do
        {
            seen = Volatile.Read(ref s_head);
        }
        while (Interlocked.CompareExchange(ref s_head, new Node(value, seen), seen) != seen);
        Pushed++;
    }
}
