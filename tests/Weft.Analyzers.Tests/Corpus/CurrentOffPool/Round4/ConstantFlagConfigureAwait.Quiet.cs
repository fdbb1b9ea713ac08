// Quiet twin of ConstantFlagConfigureAwait: the flag comes from a parameter, so it is not a constant and is taken to
// stay (WEFT0005 page: "a flag that is not a constant is taken to stay"); the named-argument form passes true.
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ConstantFlagConfigureAwait;

[ThreadLocalSlot]
public sealed partial class MimeTable
{
    public ImmutableDictionary<string, string> ByExtension { get; init; } = ImmutableDictionary<string, string>.Empty;
}

public sealed class StaticFileHandler
{
    public async Task<string> ContentTypeAsync(Stream body, string path, bool resumeOnLoop)
    {
        await body.FlushAsync().ConfigureAwait(resumeOnLoop);
        var table = MimeTable.Current;
        return table.ByExtension.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
    }

    public async Task<string> SniffAsync(Stream body, byte[] head)
    {
        _ = await body.ReadAsync(head).ConfigureAwait(continueOnCapturedContext: true);
        return MimeTable.Current.ByExtension.GetValueOrDefault(".bin", "application/octet-stream");
    }
}
