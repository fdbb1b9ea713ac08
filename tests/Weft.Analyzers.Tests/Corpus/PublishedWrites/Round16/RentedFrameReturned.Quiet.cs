// Short handler: a banner frame is built in an ArrayPool buffer, copied into an array of its own that is published,
// and the rented buffer goes back to the pool (quiet twin of RentedFrameReturned).
using System;
using System.Buffers;
using System.Text;
using Weft.Slots;

namespace Corpus.PublishedWrites.R16.RentedFrameReturned;

public static class BannerHandler
{
    public static int Publish(Slot<byte[]> banner, string text)
    {
        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        int length = Encoding.UTF8.GetBytes(text, rented);
        banner.Publish(rented.AsSpan(0, length).ToArray());
        ArrayPool<byte>.Shared.Return(rented);
        return length;
    }
}
