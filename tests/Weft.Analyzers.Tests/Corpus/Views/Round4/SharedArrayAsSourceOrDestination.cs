// A user API hands out a shared buffer marked [SharedSnapshot] (no slot type involved, so WEFT0001 has nothing to
// say); the caller passes it to BCL calls as the DESTINATION: Array.Copy into it, Stream.Read into it, span CopyTo into
// it, List<T>.CopyTo into it. Each writes the shared array (WEFT0003: "writing to it or to anything reached through it
// is a data race", SharedSnapshotAttribute's docs).
using System;
using System.Collections.Generic;
using System.IO;
using Weft;

namespace Corpus.Round4.SharedArrayAsSourceOrDestination;

public sealed class Preambles
{
    private readonly byte[] _current = new byte[64];

    [return: SharedSnapshot]
    public byte[] Shared() => _current;
}

public static class PreambleUse
{
    public static void Refresh(Preambles preambles, byte[] mine, Stream source, List<byte> pending)
    {
        byte[] shared = preambles.Shared();
        Array.Copy(mine, shared, 8); // expect: WEFT0003
        source.ReadExactly(shared, 0, 8); // expect: WEFT0003
        mine.AsSpan(0, 8).CopyTo(shared.AsSpan(8)); // expect: WEFT0003
        pending.CopyTo(shared, 16); // expect: WEFT0003
    }
}
