/** Every code the ideas domain throws (writing, editing, withdrawing an idea). */
export type IdeasErrorCode =
	| 'idea'
	| 'idea_title_short'
	| 'idea_title_long'
	| 'idea_body_short'
	| 'idea_body_long'
	| 'idea_cluster'
	| 'idea_place'
	| 'idea_group_forum_only'
	| 'idea_group_forum'
	| 'idea_group_size'
	| 'idea_not_child'
	| 'idea_rate_limited'
	| 'idea_not_editable'
	| 'idea_not_withdrawable'
	| 'idea_not_author'
	| 'idea_screening_warn'
	| 'idea_has_ticket';
