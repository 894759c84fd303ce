namespace FactCheck.Domain;

/// <summary>What the check reports.</summary>
public enum FindingKind
{
    /// <summary>Two comparable claims about one quantity whose intervals do not meet.</summary>
    ValueConflict,
    /// <summary>Two comparable claims that meet only because their figures were rounded.</summary>
    HoldsOnlyByRounding,
    /// <summary>The claims about a relation's quantities cannot all be true.</summary>
    RelationConflict,
    /// <summary>A relation that holds only because the figures were rounded.</summary>
    RelationHoldsOnlyByRounding,
    /// <summary>A claim that allows no value of its quantity's unit ("2.5 people", "120%").</summary>
    ImpossibleClaim,
    /// <summary>A quantity whose claims disagree in more pairs than are worth listing: reported as groups of agreeing claims.</summary>
    DispersedClaims,
}

/// <summary>How much a finding weighs for a desk.</summary>
public enum Severity
{
    /// <summary>The claims cannot all be true, beyond wording.</summary>
    Conflict,
    /// <summary>A disagreement only at a boundary: the claims would meet if their open ends were closed ("over 1,300" against "up to 1,300").</summary>
    Warning,
    /// <summary>Worth knowing, not a disagreement: it holds only by rounding, or it sums up dispersed claims.</summary>
    Note,
}

public enum QuantityVerdict { Consistent, Conflicting, SingleClaim, NoClaims }

public enum RelationVerdict { Consistent, Conflicting, HoldsOnlyByRounding }

/// <summary>A claim with the values it allows.</summary>
/// <param name="Fact">The claim as recorded, for explanations to name it by and say what it says.</param>
public sealed record PlacedClaim(ClaimFact Fact, Interval Interval)
{
    // Read from the claim as recorded: a check places every claim, and keeps no copies of its own.
    public long ClaimId => Fact.Id;
    public long SourceId => Fact.SourceId;
    public DateOnly AsOf => Fact.AsOf;
}

/// <summary>Two claims whose intervals do not meet (or meet only by rounding), and how far apart they are.</summary>
public sealed record ClaimPair(PlacedClaim Lower, PlacedClaim Upper, decimal Gap, decimal RelativeGap, bool SameSource)
{
    // What the pair's sentence needs besides its claims (QuantityAnalysis.Explain): kept here, not in a closure per finding.
    internal string Unit { get; init; } = "";
    internal int? Window { get; init; }
    internal decimal Magnitude { get; init; }
}

/// <summary>Claims that share an interval.</summary>
public sealed record AgreeingGroup(Interval Shared, IReadOnlyList<long> ClaimIds);

/// <summary>What a relation implies for one of its quantities, from the others' agreed intervals.</summary>
public sealed record ImpliedInterval(
    RelationRole Role, string QuantityKey, Interval Agreed, Interval Implied, Interval Possible, IReadOnlyList<long> ClaimsOutOfLine)
{
    /// <summary>No value of the quantity's unit fits: "7% of 50 people" leaves no whole number.</summary>
    public bool Impossible => Possible.IsEmpty;
}

/// <summary>A relation's check at one time: <paramref name="From"/> to <paramref name="To"/>, the dates it was checked at
/// (null for a relation of events only, which is timeless).</summary>
public sealed record RelationReport(
    long RelationId, RelationKind Kind, RelationVerdict Verdict, IReadOnlyList<ImpliedInterval> Terms,
    IReadOnlyList<long> ClaimsOutOfLine, Lazy<string> Explained, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>When the relation was checked, to tell which dates its stocks' claims were taken from.</summary>
    internal RelationTimes.Time? Time { get; init; }

    /// <summary>The arithmetic in words, written when first read.</summary>
    public string Explanation => Explained.Value;
}

/// <summary>One finding; the sections that do not apply to its kind are null.</summary>
public sealed record Finding
{
    public required FindingKind Kind { get; init; }

    private readonly Severity? _severity;

    /// <summary>Conflict, warning or note: notes by kind (rounding, dispersed claims); a value conflict only a boundary apart is a warning.</summary>
    public Severity Severity
    {
        get => _severity ?? (Kind is FindingKind.HoldsOnlyByRounding or FindingKind.RelationHoldsOnlyByRounding or FindingKind.DispersedClaims
            ? Severity.Note : Severity.Conflict);
        init => _severity = value;
    }

    public required IReadOnlyList<string> QuantityKeys { get; init; }
    /// <summary>The claims the finding rests on, ascending.</summary>
    public required IReadOnlyList<long> ClaimIds { get; init; }
    public required IReadOnlyList<long> SourceIds { get; init; }

    /// <summary>
    /// The claims the finding holds against each other or rules out, ascending: both of a pair; of a relation, the claims
    /// its arithmetic rules out, or all it rests on when it rules out none in particular (an impossible quantity, a rounding note).
    /// </summary>
    public IReadOnlyList<long> ClaimsAtIssue { get => _claimsAtIssue ?? ClaimIds; init => _claimsAtIssue = value; }
    private readonly IReadOnlyList<long>? _claimsAtIssue;

    /// <summary>The sources of <see cref="ClaimsAtIssue"/>, ascending: the sources whose own findings these are.</summary>
    public IReadOnlyList<long> SourcesAtIssue { get => _sourcesAtIssue ?? SourceIds; init => _sourcesAtIssue = value; }
    private readonly IReadOnlyList<long>? _sourcesAtIssue;

    private readonly Func<string>? _explain;
    // Two threads reading it first may both write it, the same both times: cheaper than a lock per finding.
    private string? _explanation;

    /// <summary>
    /// Writes the explanation when it is first read: most findings of a large store are never shown. A pair's finding
    /// needs none, nor does a relation's whose words are the relation's own: they are written from the pair or the relation.
    /// </summary>
    public Func<string> Explain { init => _explain = value; }

    /// <summary>The arithmetic, in words a reader can check.</summary>
    public string Explanation => _explanation ??= _explain?.Invoke()
        ?? (Pair is { } pair ? QuantityAnalysis.Explain(Kind, pair) : Relation?.Explanation ?? "");
    public ClaimPair? Pair { get; init; }
    public RelationReport? Relation { get; init; }
    public IReadOnlyList<AgreeingGroup>? Groups { get; init; }

    /// <summary>
    /// The finding's identity across recomputation: its kind, the claims it rests on, its relation and the period it was
    /// checked at. A new claim a finding rests on makes another finding, with another id.
    /// </summary>
    public string Id => _id ??= Hash($"{Kind}|{string.Join(",", ClaimIds)}|{Relation?.RelationId}|{Day(Relation?.From)}|{Day(Relation?.To)}");
    // Worked out when first read, as the explanation is: a list filtered by the desk's decisions reads every finding's.
    private string? _id;

    /// <summary>
    /// What the finding says, as a hash: the intervals of its claims and of its relation's quantities, and its severity. An
    /// edited claim that keeps the finding's id changes this, so a decision taken on what the finding said then no longer holds.
    /// </summary>
    public string Fingerprint => Hash(string.Join("|",
        new[] { Severity.ToString(), string.Join(",", ClaimsAtIssue), Pair is { } p ? $"{p.Lower.Interval}{p.Upper.Interval}" : "" }
            .Concat(Relation?.Terms.Select(t => $"{t.QuantityKey}{t.Agreed}{t.Possible}") ?? [])
            .Concat(Groups?.Select(g => $"{g.Shared}{string.Join(",", g.ClaimIds)}") ?? [])));

    // Written the same in every culture, so an id does not change with the server's.
    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
}

/// <summary>Claims of a stock that lie within one window of each other, summarised together.</summary>
public sealed record Period(
    DateOnly From, DateOnly To, IReadOnlyList<long> ClaimIds, Interval? Shared, AgreeingGroup? LargestGroup, IReadOnlyList<long> Outside)
{
    /// <summary>The figure the period's largest agreeing group supports (all its claims when they share one).</summary>
    public required SupportedFigure Supported { get; init; }
}

/// <summary>
/// The best-supported figure of a period: the interval its largest agreeing group shares, the claims and sources
/// behind it, and a sentence saying so ("Best supported: 1,300 people, which 8 of the 10 claims … allow: …").
/// </summary>
public sealed record SupportedFigure(Interval Figure, IReadOnlyList<long> ClaimIds, IReadOnlyList<long> SourceIds)
{
    private readonly Func<string> _state = () => "";
    private string? _statement;

    public required Func<string> State { init => _state = value; }

    public string Statement => _statement ??= _state();
}

/// <summary>
/// A quantity's claims checked against each other. Its claims by id and its periods are worked out when first read: a
/// store-wide check reads neither, and a reader asks for them one quantity at a time.
/// </summary>
public sealed class QuantityReport
{
    private readonly QuantityAnalysis.Details _details;
    // Two threads reading one first may both work it out, the same both times: cheaper than a lock per quantity.
    private IReadOnlyList<PlacedClaim>? _claims;
    private IReadOnlyList<Period>? _periods;

    internal QuantityReport(string key, QuantityVerdict verdict, int conflictingPairs, bool pairsTruncated, QuantityAnalysis.Details details) =>
        (Key, Verdict, ConflictingPairs, PairsTruncated, _details) = (key, verdict, conflictingPairs, pairsTruncated, details);

    public string Key { get; }
    public QuantityVerdict Verdict { get; }
    public int ConflictingPairs { get; }
    public bool PairsTruncated { get; }

    /// <summary>The claims that allow some value, by id.</summary>
    public IReadOnlyList<PlacedClaim> Claims => _claims ??= _details.ClaimsById();

    public IReadOnlyList<Period> Periods => _periods ??= _details.Periods();
}

public sealed record ConsistencyReport(
    IReadOnlyList<QuantityReport> Quantities, IReadOnlyList<RelationReport> Relations, IReadOnlyList<Finding> Findings)
{
    private static readonly int Severities = Enum.GetValues<Severity>().Length;
    // With the list it counts, so that a copy made with other findings ("with") counts them afresh.
    private (IReadOnlyList<Finding> Of, int[] Counts)? _tally;

    /// <summary>How many findings there are of the kind and severity: a store-wide count without reading a million findings.</summary>
    public int CountOf(FindingKind kind, Severity severity) => Tally[(int)kind * Severities + (int)severity];

    /// <summary>The counts by kind and severity, worked out when first asked for; <see cref="Recheck"/> carries them on.</summary>
    internal int[] Tally
    {
        get => _tally is { } tally && ReferenceEquals(tally.Of, Findings) ? tally.Counts : (_tally = (Findings, TallyOf(Findings))).Value.Counts;
        init => _tally = (Findings, value);
    }

    /// <summary>Where the finding counts in <see cref="Tally"/>.</summary>
    internal static int TallyIndex(Finding finding) => (int)finding.Kind * Severities + (int)finding.Severity;

    private static int[] TallyOf(IReadOnlyList<Finding> findings)
    {
        var tally = new int[Enum.GetValues<FindingKind>().Length * Severities];
        foreach (var finding in findings) tally[TallyIndex(finding)]++;
        return tally;
    }

    /// <summary>
    /// The findings about the quantity, in any role, in the report's order (the engine's, as <see cref="ConsistencyEngine"/>
    /// and <see cref="Recheck"/> give it). Within each kind the findings a quantity comes first in lie together, found by
    /// binary search; only relation findings, which may name it later, are read one by one.
    /// </summary>
    public IEnumerable<Finding> FindingsOf(string key)
    {
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var end = Sorted.First(Findings.Count, i => Findings[i].Kind <= kind);
            if (kind is FindingKind.RelationConflict or FindingKind.RelationHoldsOnlyByRounding)
            {
                for (var i = Sorted.First(Findings.Count, i => Findings[i].Kind < kind); i < end; i++)
                    if (Findings[i].QuantityKeys.Contains(key)) yield return Findings[i];
                continue;
            }
            var first = Sorted.First(Findings.Count, i => Findings[i].Kind < kind
                || (Findings[i].Kind == kind && string.CompareOrdinal(Findings[i].QuantityKeys[0], key) < 0));
            for (var i = first; i < end && Findings[i].QuantityKeys[0] == key; i++) yield return Findings[i];
        }
    }
}
