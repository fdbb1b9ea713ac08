// WEFT0002 through views: a published byte array wrapped in a MemoryStream. "a StreamWriter over that stream" writes
// it; "moving its Position or reading it is no write" (the quiet twin only reads it back). #writer: a StreamWriter
// buffers, so the page does not say whether its Write or the Dispose that flushes it is where the write is reported.
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
        using var writer = new StreamWriter(stream, Encoding.ASCII); // expect: WEFT0002 #writer
        writer.Write("\r\n"); // expect: WEFT0002 #writer
        return length;
    }
}
