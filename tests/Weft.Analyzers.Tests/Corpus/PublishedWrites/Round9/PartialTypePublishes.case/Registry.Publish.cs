using System.Collections.Generic;
using System.Linq;

namespace Corpus.PublishedWrites.R9.PartialTypePublishes;

public sealed partial class Registry
{
    public void Commit()
    {
        slot.Publish(_names);
    }
}
