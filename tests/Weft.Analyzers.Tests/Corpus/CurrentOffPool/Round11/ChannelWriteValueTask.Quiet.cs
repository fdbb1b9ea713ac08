// Quiet twin: the snapshot is read before the configured await.
using System.Collections.Immutable;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ChannelWriteValueTaskQuiet;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public ImmutableArray<string> Hosts { get; init; }
}

public static class Forwarder
{
    public static async ValueTask<int> ForwardAsync(ChannelWriter<string> writer, string line)
    {
        int count = Routes.Current.Hosts.Length;
        await writer.WriteAsync(line).ConfigureAwait(false);
        return count;
    }
}
