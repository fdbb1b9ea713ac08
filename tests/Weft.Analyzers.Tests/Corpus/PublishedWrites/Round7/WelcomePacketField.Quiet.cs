// Quiet twin of WelcomePacketField: each refresh encodes into a fresh buffer, then the field takes it.
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
        var packet = new byte[HeaderSize + 1024];
        int length = Encoding.UTF8.GetBytes(motd, packet.AsSpan(HeaderSize));
        BinaryPrimitives.WriteInt32LittleEndian(packet, length);
        _packet = packet;
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
