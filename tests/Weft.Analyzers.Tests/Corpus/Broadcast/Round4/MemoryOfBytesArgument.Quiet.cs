// Quiet twin of MemoryOfBytesArgument: the banner travels as an ImmutableArray<byte>.
using System.Collections.Immutable;
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.MemoryOfBytesArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Greeter
{
    ImmutableArray<byte> _banner = ImmutableArray<byte>.Empty;

    [WorkerUpdate]
    void SetBanner(ImmutableArray<byte> banner) => _banner = banner;
}

public static class Motd
{
    public static Task SetAsync(WorkerPool pool, string text)
    {
        var banner = ImmutableArray.Create(Encoding.ASCII.GetBytes(text + "\r\n"));
        return Greeter.SetBannerOnAllWorkersAsync(pool, banner);
    }
}
