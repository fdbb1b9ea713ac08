// WEFT0003: Array.Resize(ref ...) on a snapshot's public array field replaces the field of the shared instance;
// Array.Copy into the snapshot's array as destination writes its elements.
// WEFT0001: a writable field of array type.
using System;
using Weft;

namespace Corpus5a.ArrayResizeSnapshotField;

[ThreadLocalSlot]
public sealed partial class Ring
{
    public int[] Buffer = new int[4]; // expect: WEFT0001
}

public static class Worker
{
    public static void Grow(int[] incoming)
    {
        Array.Resize(ref Ring.Current.Buffer, 16); // expect: WEFT0003
        Array.Copy(incoming, Ring.Current.Buffer, 4); // expect: WEFT0003
    }
}
