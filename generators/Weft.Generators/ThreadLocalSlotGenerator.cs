using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Weft.Generators.Model;

namespace Weft.Generators;

/// <summary>
/// Generates, for each <c>[ThreadLocalSlot]</c> partial class, its own <c>[ThreadStatic]</c> accessor
/// (<c>Current</c>, <c>TryGetCurrent</c>) and its posting code against <c>Weft.WorkerPool</c>. Shapes it cannot
/// serve produce no output and no diagnostic: the analyzers report those.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ThreadLocalSlotGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SlotTypeModel> models = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WeftNames.ThreadLocalSlotAttribute,
                predicate: static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                transform: static (context, cancellationToken) => SlotTypeParser.Parse(context, cancellationToken))
            .WithTrackingName(TrackingNames.SlotTypes)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.ServableSlotTypes);

        // Hint names must differ ignoring case (App.Routes and App.routes are two legal types): every output sees the
        // set of names, which stays equal (so cached) while no slot type is added, removed or renamed.
        IncrementalValueProvider<EquatableArray<string>> hintNames = models
            .Select(static (model, _) => model.HintName)
            .Collect()
            .Select(static (names, _) => names.ToEquatableArray());

        context.RegisterSourceOutput(models.Combine(hintNames), static (output, pair) =>
            output.AddSource(UniqueHintName(pair.Left.HintName, pair.Right), SourceText.From(SlotTypeEmitter.Emit(pair.Left), System.Text.Encoding.UTF8)));
    }

    /// <summary>
    /// The hint name as is, unless another slot type's differs from it only in case: then both carry their letters'
    /// case as a hex mask, which tells them apart and stays the same from build to build.
    /// </summary>
    internal static string UniqueHintName(string hintName, EquatableArray<string> all)
    {
        bool clashes = false;
        foreach (string other in all)
        {
            clashes |= string.Equals(other, hintName, StringComparison.OrdinalIgnoreCase) && !string.Equals(other, hintName, StringComparison.Ordinal);
        }

        if (!clashes)
        {
            return hintName;
        }

        string name = hintName.Substring(0, hintName.Length - GeneratedContract.HintNameSuffix.Length);
        var mask = new StringBuilder();
        int bits = 0;
        int count = 0;
        foreach (char c in name)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            bits = (bits << 1) | (char.IsUpper(c) ? 1 : 0);
            if (++count == 4)
            {
                mask.Append(bits.ToString("x", CultureInfo.InvariantCulture));
                bits = count = 0;
            }
        }

        if (count > 0)
        {
            mask.Append((bits << (4 - count)).ToString("x", CultureInfo.InvariantCulture));
        }

        return $"{name}.case{mask}{GeneratedContract.HintNameSuffix}";
    }
}
