// Short handler: a banner frame is built in an ArrayPool buffer and published as is; the handler then returns the
// buffer to the pool, whose next renter writes what the workers read (WEFT0002: ArrayPool<T>.Return of a published
// array).
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
        banner.Publish(rented);
        ArrayPool<byte>.Shared.Return(rented); // expect: WEFT0002
        return length;
    }
}
