// Quiet twin of SharedArrayAsSourceOrDestination: the shared buffer is passed to the same kinds of BCL calls as the
// SOURCE only: copied out, written to a stream (Stream.Write reads its array), searched, compared, encoded, added
// into the caller's own collections, hashed by identity and used as a lock. None of these changes it. (A precise
// table must tell a destination parameter from a source one: `Stream.Write(byte[])` and `Socket.Send` read.)
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Weft;

namespace Corpus.Round4.SharedArrayAsSourceOrDestinationQuiet;

public sealed class Preambles
{
    private readonly byte[] _current = new byte[64];

    [return: SharedSnapshot]
    public byte[] Shared() => _current;
}

public static class PreambleUse
{
    public static int Emit(Preambles preambles, byte[] mine, Stream sink, List<byte> pending, HashSet<byte[]> seen)
    {
        byte[] shared = preambles.Shared();
        Array.Copy(shared, mine, 8);
        shared.CopyTo(mine, 0);
        shared.AsSpan(0, 8).CopyTo(mine.AsSpan(8));
        sink.Write(shared);
        sink.Write(shared, 0, 8);
        pending.AddRange(shared);
        seen.Add(shared);
        int at = Array.IndexOf(shared, (byte)'\n') + shared.AsSpan().IndexOf((byte)'\r');
        bool same = shared.AsSpan().SequenceEqual(mine);
        string text = Encoding.ASCII.GetString(shared) + Convert.ToBase64String(shared);
        lock (shared)
        {
            at += text.Length;
        }

        return same ? at : -at;
    }
}
