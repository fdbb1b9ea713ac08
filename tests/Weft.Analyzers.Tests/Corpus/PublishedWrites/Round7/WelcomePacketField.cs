// Game server: the welcome packet (length prefix + message of the day) is re-encoded into one reused field buffer
// and published to every worker, which sends it to joining players. The second refresh encodes into the buffer the
// first one published: both library writes into the field's array are reported (a Span destination, BinaryPrimitives).
// Twin: a new buffer per refresh.
using System;
using System.Buffers.Binary;
using System.Text;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.WelcomePacketField;

public sealed class WelcomePacket
{
    private const int HeaderSize = 4;
    private readonly Slot<byte[]> _slot;
    private byte[] _packet = new byte[HeaderSize + 1024];

    public WelcomePacket(WorkerPool pool) => _slot = pool.AllocateSlot<byte[]>();

    public void Refresh(string motd)
    {
        if (Encoding.UTF8.GetByteCount(motd) > 1024) motd = motd[..256];
        int length = Encoding.UTF8.GetBytes(motd, _packet.AsSpan(HeaderSize)); // expect: WEFT0002
        BinaryPrimitives.WriteInt32LittleEndian(_packet, length); // expect: WEFT0002
        _slot.Publish(_packet);
    }

    public int Length => BinaryPrimitives.ReadInt32LittleEndian(_packet) + HeaderSize;
}

public static class MotdRules
{
    public static string Normalize(string motd) => motd.ReplaceLineEndings(" ").Trim();

    public static bool IsEmpty(string motd) => string.IsNullOrWhiteSpace(motd);

    public static string OrDefault(string motd) => IsEmpty(motd) ? "Welcome!" : Normalize(motd);
}

public static class PacketRules
{
    public const int MaxMotdBytes = 1024;

    public static bool Fits(string motd) => System.Text.Encoding.UTF8.GetByteCount(motd) <= MaxMotdBytes;
}
