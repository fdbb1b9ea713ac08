// WEFT0002 through views: a published byte array wrapped in a MemoryStream. "a StreamWriter over that stream" writes
// it; "moving its Position or reading it is no write" (the quiet twin only reads it back).
using System.IO;
using System.Text;
using Weft.Slots;

namespace Corpus.Views.R9.StreamWriterOverPublished;

public static class BannerBytes
{
    public static int Publish(Slot<byte[]> slot, string banner)
    {
        byte[] bytes = new byte[256];
        int length = Encoding.ASCII.GetBytes(banner, bytes);
        slot.Publish(bytes);
        using var stream = new MemoryStream(bytes);
        stream.Position = length;
        stream.Position = 0;
        int first = stream.ReadByte();
        return first < 0 ? 0 : length;
    }
}
