package th.otop.catalog.community;

import java.util.List;

/** Everything an officer keeps about one programme: its details, groups, trained households and follow-up visits. */
public record ProgrammeRegister(
        CommunityDirectory.ProgrammeDetail detail, List<ProgrammeHousehold> households, List<ProgrammeVisit> visits) {}
