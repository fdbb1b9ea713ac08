// WEFT0006: pushing onto a static lock-free stack from worker code. `s_head = new Node(value, s_head)`: the new head is computed
// from the field, a read-modify-write (the page: a store of a value read from the field).
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

namespace Corpus7b.TreiberPushOrPlainPush;

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
        s_head = new Node(value, s_head); // expect: WEFT0006
        Pushed++;
    }
}
